export { entriesOf, type Entry, type HistoryCommit, type PullInfo } from './entries';

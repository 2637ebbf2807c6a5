export { type Entry, entriesOf, type HistoryCommit, type PullInfo } from './entries';

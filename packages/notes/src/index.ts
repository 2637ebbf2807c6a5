export { categorise, filterByPaths, isBreaking, labelsFor, parseConventional, type Sections } from './categorise';
export { cancelReverts, entriesOf, type Entry, type HistoryCommit, type PullInfo } from './entries';
export { entryLine, listedEntries, renderNotes } from './render';
export { nextVersion } from './version';
export { notesStepReport } from './report';

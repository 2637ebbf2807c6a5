export { categorise, filterByPaths, isBreaking, labelsFor, parseConventional, type Sections } from './categorise';
export { cancelReverts, type Entry, entriesOf, type HistoryCommit, type PullInfo } from './entries';
export { entryLine, listedEntries, renderNotes } from './render';
export { notesStepReport } from './report';
export { nextVersion } from './version';

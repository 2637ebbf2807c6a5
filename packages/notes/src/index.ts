export { categorise, DEFAULT_CHANGELOG, filterByPaths, isBreaking, labelsFor, parseConventional, type Sections } from './categorise';
export { cancelReverts, entriesOf, type Entry, type HistoryCommit, type PullInfo } from './entries';
export { entryLine, listedEntries, renderNotes, type NotesInput } from './render';
export { nextVersion } from './version';
export { notesStepReport, type NotesResult } from './report';

export { htmlText, inertLine, inertLogLine, inertText, isWebUrl, markdownCode, markdownText, markdownUrl } from './escape';
export { code, element, join, link, strong, text, type Html } from './html';
export { summaryOf, type OutputValue, type ReportTable, type StepReport } from './step-report';
export { Summary } from './summary';
export { plural, shortSha } from './words';

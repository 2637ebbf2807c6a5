export { inertLine, inertLogLine, inertText, markdownCode, markdownText, markdownUrl } from './escape';
export { code, element, type Html, join, link, strong, text } from './html';
export { type OutputValue, type StepReport, summaryOf } from './step-report';
export { plural, shortSha } from './words';

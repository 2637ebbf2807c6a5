export { inertLine, inertLogLine, inertText, markdownCode, markdownText, markdownUrl } from './escape';
export { code, element, join, link, strong, text, type Html } from './html';
export { summaryOf, type OutputValue, type StepReport } from './step-report';
export { plural, shortSha } from './words';

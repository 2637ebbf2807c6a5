export { htmlText, inertLine, inertText, isWebUrl, markdownCode, markdownText, markdownUrl } from './escape';
export { code, element, join, link, strong, text, type Html } from './html';
export { booleanInput } from './inputs';
export { annotate, finishStep, runStep, setOutputs, type Annotation, type AnnotatedError, type OutputValue, type StepReport } from './step';
export { Summary } from './summary';

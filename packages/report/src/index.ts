export { code, element, join, link, strong, text, type Html } from './html';
export { annotate, runStep, setOutputs, type Annotation, type AnnotatedError, type OutputValue } from './step';
export { Summary } from './summary';

export { booleanInput, choiceInput, positiveIntegerInput, textInput } from './inputs';
export { logLine, stage } from './log';
export { finishStep, runStep, type AnnotatedError, type Annotation } from './step';

export { booleanInput, choiceInput, positiveIntegerInput, textInput } from './inputs';
export { logLine, stage } from './log';
export { finishStep, runStep } from './step';

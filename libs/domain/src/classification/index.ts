export {
  classifyArticle,
  explainArticle,
  type ClassifyOptions,
  type ExplainedClassification,
} from './classify';
export { CLASSIFIER_VERSION } from './version';
export { DEFAULT_HOLDOUT, holdoutPattern, isHoldoutId } from './holdout';
export {
  evaluate,
  formatReport,
  reliabilityTable,
  type ReliabilityBin,
  type EvaluationReport,
  type GoldLabel,
  type Mistake,
  type Prediction,
  type SignalScore,
} from './evaluation';
export { compareRuns, formatComparison, type RunComparison } from './run-comparison';
export { cutFurniture, isTitleLike, type FurnitureCut } from './text/furniture';
export { splitSentences, type Sentence } from './text/sentences';
export { parsePublished, type CalendarDate } from './calendar';
export { SIGNAL_RULES, type SignalRule } from './rules';
export { MIN_SIGNAL_CONFIDENCE } from './rules/scan';
export { parseSeedFile, type SeedArticle } from './seeds';

export { classifyArticle, type ClassifyOptions } from './classify';
export { CLASSIFIER_VERSION } from './version';
export {
  evaluate,
  formatReport,
  type EvaluationReport,
  type GoldLabel,
  type Mistake,
  type Prediction,
  type SignalScore,
} from './evaluation';
export { cutFurniture, isTitleLike, type FurnitureCut } from './text/furniture';
export { splitSentences, type Sentence } from './text/sentences';
export { parsePublished, type CalendarDate } from './dates';
export { SIGNAL_RULES, MIN_CONFIDENCE } from './signals';
export { parseSeedFile, type SeedArticle } from './seeds';

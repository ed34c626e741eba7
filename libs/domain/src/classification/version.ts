/** Recorded with every result; bump whenever a rule changes so stored articles can be re-classified. */
export const CLASSIFIER_VERSION = 'rules-1.2.0';

import type { SignalRule } from './engine';

const TARIFF = String.raw`(?:tariffs?|levy|levies|duty|duties|tax(?:es)?|rates?)`;
const MONTH_DAY = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b`;
const RATE = String.raw`\d+(?:\.\d+)?\s?(?:%|percent|per cent)`;
const THREAT_BLOCK = /\b(?:whether|could|might|may|would have|avoid|escape|a way out|spare|exempt\w*)\b/i;
const REDUCED_CUE =
  /\b(?:cut|cuts|lower(?:ed|s)?|reduc(?:e|ed|es|ing|tion)|slash(?:ed|es)?|roll(?:ed)? back|waive[sd]?|drop(?:ped|s)?|down from|eas(?:e|ed|es)|relief|instead of|avert(?:ed|ing|s)?)\b/i;
const INFINITIVE_INTENT =
  /(?:(?<!\b(?:agreed|agree|agrees|will|decided|going|set|due|expected) )\bto|\b(?:aimed at|aiming at|seeking|in exchange for|in return for|hopes? of|bid to))\s*(?:(?:a|an|the)\s+)?$/i;

export const TARIFF_RULES: SignalRule[] = [
  {
    id: 'threatened.will-impose',
    signal: 'tariff_threatened',
    trigger: new RegExp(
      String.raw`\bor face (?:\w+\s+){0,2}${TARIFF}|\bthreaten(?:s|ed|ing)?\b|\bwarn(?:s|ed|ing)? (?:of |that )?(?:\S+\s+){0,6}?(?:impose|higher|additional|new|raise|hike|steeper|heavier|further)\s+(?:\S+\s+){0,2}?${TARIFF}|\b(?:sent|issued|posted) (?:\w+\s+){0,3}letters?\b|\bletters? (?:\w+\s+){0,6}(?:specifying|notifying|setting|announcing|informing)|\bannounced (?:a |an )?(?:new |additional |further )?${RATE}|\b(?:remains?|stays?) in (?:effect|place|force) if\b|\bbeginning (?:\w+\s+)?\d{1,2},? (?:a |an )?${RATE}|\bdeadline for (?:a |an |the )?(?:\S+\s+)?${RATE}|\b(?:before|until) (?:a |an |the )?${RATE} (?:\S+\s+){0,2}?${TARIFF} (?:takes|goes into|comes into) effect`,
      'i',
    ),
    confidence: 0.75,
    requires: new RegExp(String.raw`\b${TARIFF}\b|directive|letter`, 'i'),
    unless: new RegExp(
      String.raw`\b(?:took effect|went into effect|came into effect|now in effect|were imposed|was imposed|retaliat\w*|will not face|won't face|would not face)\b|${REDUCED_CUE.source}`,
      'i',
    ),
    blockedBy: THREAT_BLOCK,
    needsParty: true,
  },
  {
    id: 'threatened.future-imposition',
    signal: 'tariff_threatened',
    trigger:
      /\b(?:will|would|shall|is set to|are set to|to)\s+(?:be\s+)?(?:impose[ds]?|levied|levy|slap(?:ped)?|charge[sd]?|hit|raise[sd]?|increase[sd]?|face|take effect|go into effect|kick in|rise|jump)\b/i,
    confidence: 0.7,
    requires: new RegExp(String.raw`\b${TARIFF}\b`, 'i'),
    unless: new RegExp(
      String.raw`\b(?:took effect|went into effect|came into effect|now in effect|were imposed|was imposed|retaliat\w*|will not face|won't face|would not face|before (?:it|they) (?:takes?|becomes?)|under which|under the (?:\w+ )?(?:deal|agreement|framework))\b|${REDUCED_CUE.source}`,
      'i',
    ),
    blockedBy: THREAT_BLOCK,
    needsParty: true,
    leadOrMatches:
      /\b(?:said|says|told|announced|announces|warned|warns|stated|wrote|posted|declared|vowed|insisted|threatened)\b/i,
  },
  {
    id: 'imposed.took-effect',
    signal: 'tariff_imposed',
    trigger: new RegExp(
      String.raw`\b(?:took|went|came|have gone|has gone|have come|has come) (?:\w+\s+){0,2}(?:into )?(?:effect|force)\b|\b(?:now|officially) in effect\b|\b(?:began|begin|started|start) (?:collecting|imposing|applying|charging)\b|\b(?:duties|tariffs?|levies) (?:\w+\s+){0,4}(?:rose|jumped|climbed) to ${RATE}|\b(?:imposed|slapped|levied) (?:a |an |new |additional |fresh )?(?:${RATE}|${TARIFF})`,
      'i',
    ),
    confidence: 0.8,
    requires: new RegExp(String.raw`\b${TARIFF}\b|executive order`, 'i'),
    unless:
      /\b(?:before (?:it|they|the \w+) (?:takes?|go|goes|become)|when (?:it|they) (?:take|takes)|(?:that|which) (?:\w+\s+){0,3}imposed|imposed (?:on|since|before|earlier)|had imposed|if|unless)\b/i,
    leadOrAnchored: true,
  },
  {
    id: 'imposed.executive-order',
    signal: 'tariff_imposed',
    trigger:
      /\bsigned an? (?:executive |presidential )?(?:order|proclamation) (?:\S+\s+){0,6}?(?:impos|set|lock|rais|revis|tariff)/i,
    confidence: 0.75,
    requires: new RegExp(String.raw`\b${TARIFF}\b`, 'i'),
    unless: /\b(?:extend\w*|delay\w*|postpon\w*|paus\w*|suspend\w*|exempt\w*)\b/i,
    leadOrAnchored: true,
    needsParty: true,
  },
  {
    id: 'reduced.cut',
    signal: 'tariff_reduced',
    trigger: new RegExp(
      String.raw`\b(?:avert(?:ed|ing|s)?|(?:which|that) (?:replaces|replaced)) (?:a |an |the )?(?:\S+\s+){0,3}?${RATE}|\b(?:cut(?:s|ting)?|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|slash(?:ed|es|ing)?|roll(?:ed|s)? back|waive[sd]?|drop(?:ped|s)?|eas(?:e|ed|es))\b(?=(?:\s+\S+){0,8}\s+${TARIFF})|\b${TARIFF}\s+(?:\S+\s+){0,6}?(?:will |would |to )?(?:drop|fall|be cut|be reduced|be lowered|cut|reduced|lowered|come down) (?:\w+\s+){0,3}to ${RATE}|\b(?:drop|cut|reduction|decrease|decline) from (?:a |the )?(?:\w+\s+){0,2}${RATE}|\b(?:half|a third|two-thirds) (?:of )?(?:the )?(?:\S+\s+){0,2}?${RATE}|\b(?:below|lower than|less than) (?:the )?(?:\S+\s+){0,2}?${RATE}|\b(?:bring|brings|brought|bringing) (?:\S+\s+){0,6}?down to ${RATE}|\bexempt(?:s|ed|ing)? (?:\S+\s+){0,5}?from (?:\S+\s+)?${TARIFF}|\bdown from (?:a |the )?(?:proposed |threatened |previous |earlier |initial )?${RATE}|\breduced (?:\w+\s+){0,3}${TARIFF}|\b(?:from|of) ${RATE} to ${RATE}|\b${RATE} (?:\S+\s+){0,6}?(?:instead of|rather than) (?:the )?${RATE}`,
      'i',
    ),
    confidence: 0.8,
    requires: new RegExp(String.raw`\b${TARIFF}\b`, 'i'),
    unless:
      /\bretaliat\w*|\b(?:policy|interest|benchmark|base|key|lending|deposit) rates?\b|\bpercentage points?\b|\b(?:central bank|Bank of (?:Korea|Japan|England)|Federal Reserve)\b/i,
    blockedAfter:
      /^\W*(?:\S+\s+){0,3}(?:its |their )?tariffs? on (?:American|U\.S\.|US) (?:goods|imports|products)/i,
    blockedBy: new RegExp(
      String.raw`\b(?:if|unless|whether|could|might|may|would have|seek\w*|sought|urg\w*|ask\w*|request\w*|push\w* for|demand\w*|offered|hope\w*)\b|${INFINITIVE_INTENT.source}`,
      'i',
    ),
    leadOrAnchored: true,
    needsParty: true,
  },
  {
    id: 'reduced.to-reflect-deal',
    signal: 'tariff_reduced',
    trigger: new RegExp(
      String.raw`\b(?:revis\w+|adjust\w+|set|lock\w*)\b(?:\s+\S+){0,6}\s+${TARIFF}\s+(?:\S+\s+){0,3}(?:to reflect|in line with|under the terms of) (?:the )?(?:outcome|terms|deal|agreement|trade deal)`,
      'i',
    ),
    confidence: 0.65,
    leadOrAnchored: true,
  },
  {
    id: 'deadline.extended',
    signal: 'deadline_extended',
    trigger: new RegExp(
      String.raw`\b(?:extend(?:ed|s|ing)?|postpon(?:ed|es|ing)|push(?:ed|es|ing)? back|delay(?:ed|s|ing)?|defer(?:red|s)?|paus(?:ed|es|ing)|suspend(?:ed|s|ing)?|prolong(?:ed|s)?)\b(?=(?:\s+\S+){0,8}\s+(?:deadline|${TARIFF}|implementation|start date|truce|pause|grace period|freeze|by (?:about )?(?:\w+) (?:weeks|days|months)|to (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|\b(?:deadline|start date|implementation|${TARIFF}|truce|pause|freeze|grace period)\s+(?:\S+\s+){0,8}?(?:has been|have been|was|were|is|are|being)\s+(?:\w+\s+)?(?:extended|postponed|pushed back|delayed|deferred|paused|suspended)\b`,
      'i',
    ),
    confidence: 0.8,
    unless:
      /\b(?:talks|meeting|visit|session|negotiations) (?:\w+\s+){0,3}(?:was|were|has been|have been) (?:postponed|delayed|suspended)\b|\b(?:suspend|postpon|delay|halt)\w* (?:\S+\s+){0,3}(?:talks|negotiations|meeting|visit)\b|\bno (?:further )?extension\b/i,
    blockedBy: new RegExp(
      String.raw`\b(?:if|unless|whether|could|might|may|would|should|request\w*|seek\w*|ask\w*|push\w*|up to|any|hope\w*)\b|${INFINITIVE_INTENT.source}`,
      'i',
    ),
  },
  {
    id: 'deadline.announced-start',
    signal: 'deadline_set',
    trigger:
      /\b(?:announced|announces|declared|confirmed|reaffirmed|decided|ordered|signed)\b(?:\s+\S+){0,10}?\s+(?:will|would|to|shall)\s+(?:take effect|kick in|be imposed|go into effect|begin|start|apply)\b/i,
    confidence: 0.7,
    requires: new RegExp(String.raw`\b${TARIFF}\b`, 'i'),
    blockedBy: /\b(?:whether|could|might|may|would have|if|unless)\b/i,
    needsFutureDate: true,
  },
  {
    id: 'deadline.tariff-from-date',
    signal: 'deadline_set',
    trigger: new RegExp(
      String.raw`\b${TARIFF}\b(?:\s+\S+){0,8}?\s+(?:starting|beginning|effective|as of|from)\s+(?:on\s+)?${MONTH_DAY}(?!\s*(?:-|to|through|until)\s*\d)|\b(?:starting|beginning|effective|as of)\s+(?:on\s+)?${MONTH_DAY},?(?:\s+\d{4},?)?(?:\s+\S+){0,10}?\s+${TARIFF}\b|\b${TARIFF}\b(?:\s+\S+){0,8}?\s+will (?:take|go into|come into) effect (?:on |from )?${MONTH_DAY}(?!\s*(?:-|to|through|until)\s*\d)`,
      'i',
    ),
    confidence: 0.7,
    requires: new RegExp(
      String.raw`\b${TARIFF}\b(?=.*\b(?:will|would|shall|is set to|are set to|to be)\b)|\b(?:will|would|shall|is set to|are set to|to be)\b(?=.*\b${TARIFF}\b)`,
      'i',
    ),
    unless: /\b(?:took effect|went into effect|came into effect|now in effect|already)\b/i,
    blockedBy: /\b(?:whether|could|might|may|would have|if)\b/i,
    needsFutureDate: true,
    needsParty: true,
  },
  {
    id: 'deadline.new-deadline',
    signal: 'deadline_set',
    trigger:
      /\b(?:new|final|hard|firm|fresh) (?:\S+\s+){0,2}?deadline\b|\b(?:set|named|fixed|chose|picked) (?:\S+\s+){0,3}?as (?:the|a) (?:new )?deadline\b/i,
    confidence: 0.7,
    blockedBy: /\b(?:whether|could|might|may|would have|if|unless|no)\b/i,
    needsFutureDate: true,
  },
  {
    id: 'deadline.extension-granted',
    signal: 'deadline_extended',
    trigger:
      /\b(?:granted|gave|won|secured|received|got|announced|approved)\b(?:\s+\S+){0,4}?\s+(?:an? |another |further )?(?:\S+\s+)?extension\b/i,
    confidence: 0.75,
    requires: /\b(?:deadline|tariffs?|truce|pause)\b/i,
    blockedBy: /\b(?:whether|could|might|may|would|if|unless|seek\w*|request\w*|ask\w*|hope\w*|no)\b/i,
  },
  {
    id: 'deadline.moved',
    signal: 'deadline_extended',
    trigger:
      /\b(?:mov(?:ed|ing|es)|shift(?:ed|ing|s)|push(?:ed|ing|es)) (?:back )?the (?:\S+\s+){0,2}?deadline (?:back )?to\b|\b(?:gave|giving|gives|granted) (?:\S+\s+){0,3}?(?:more|extra|additional|another) (?:\S+\s+)?(?:weeks|days|months|time)\b/i,
    confidence: 0.75,
    requires: /\b(?:deadline|tariffs?|truce|pause)\b/i,
    blockedBy:
      /\b(?:whether|could|might|may|would|if|unless|seek\w*|request\w*|ask\w*|hope\w*|refus\w*|no)\b/i,
  },
  {
    id: 'deadline.set',
    signal: 'deadline_set',
    trigger: new RegExp(
      String.raw`\b(?:deadline|date) (?:\w+\s+){0,3}(?:is|remains|will remain|stays) (?:\W?firm|fixed|final|unchanged)|\bfirm deadline\b|\bno (?:further )?extensions?\b|\b(?:will|would) not (?:be )?extend|\b(?:won't|will not|would not|wouldn't) be (?:extended|delayed|postponed|pushed back|moved)|\breaffirm\w* (?:\w+\s+){0,4}deadline|\b(?:remains?|stays?) in (?:effect|place|force) if\b|\bbeginning (?:\w+\s+)?\d{1,2},? (?:a |an )?${RATE}|\b(?:announced|set|sets|declared|unveiled) (?:a |an )?(?:new )?${RATE} (?:\w+\s+){0,8}(?:set to take effect|to take effect|effective|starting|beginning|from) |\bset a (?:new )?deadline\b`,
      'i',
    ),
    confidence: 0.75,
    blockedBy: /\b(?:whether|could|might|may|would have)\b/i,
  },
];

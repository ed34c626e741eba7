import type { SignalRule } from './engine';

const MEETING = String.raw`(?:talks|negotiations?|meetings?|consultations?|discussions?|dialogue|summit|round|session|visit|trip|sit-down)`;
/** A trip counts when it goes to the other side's capital or is made for talks. */
const TRIP_PURPOSE = String.raw`(?=(?:\s+\S+){0,5}?\s+(?:Washington|Seoul|Tokyo|Beijing|Brussels|Geneva|London|New Delhi|Ottawa|Mexico City|Bern|Stockholm|the (?:U\.?S\.?|United States|White House|States)\b)|(?:\s+\S+){0,7}?\s+(?:for|to (?:attend|hold|join|continue))\s+(?:\S+\s+){0,3}?(?:talks|negotiations|meetings?|consultations|summit))`;
const FUTURE_TIME = String.raw`(?:next (?:week|month|round|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later (?:this|in the) (?:week|month)|this coming (?:week|weekend)|tomorrow|within (?:two|three|\d+) (?:days|weeks)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2})`;
/** Scheduling is future by nature: only hedges and unrealised plans ("was to", "originally set") cancel it. */
const SCHEDULE_BLOCK =
  /\b(if|unless|whether|could|might|may|would have|was to|were to|was set to|were set to|was supposed to|were supposed to|originally|initially|had been)\b/i;
const CANCELLED_NEARBY =
  /\b(cancel\w*|called off|call off|calling off|postpone\w*|scrapped|put off|suspend\w*|terminat\w*|halt\w*|broke off|break off|pull(?:ed|s)? out of|skipp(?:ed|ing))\b/i;
/** A cancellation told as the reason for a new date ("after the meeting was postponed last week") leaves the plan standing. */
const CANCELLED_UNRESOLVED = String.raw`(?<!\b(?:after|since|following|when)\b(?:\s+\S+){0,6}\s+)${CANCELLED_NEARBY.source}`;
const NOT_TALKS =
  /\b(press conference|briefing|news conference|earnings|court|hearing|rally|funeral|strategy (?:meeting|session)|emergency meeting|cabinet|task force|business leaders|executives|lawmakers|parliament|[Cc]hairman|[Cc]hairwoman|CEO|chief executive|National Assembly|party leaders|shareholders)\b/i;

export const TALKS_RULES: SignalRule[] = [
  {
    id: 'scheduled.will-meet',
    signal: 'talks_scheduled',
    needsCounterpart: true,
    trigger: new RegExp(
      String.raw`(?:\b(?:will|would|shall|is (?:set|scheduled|slated|due|expected|planning|going) to|are (?:set|scheduled|slated|due|expected|planning|going) to|plans? to))\s+(?:also\s+)?(?:meet|hold (?:\w+\s+){0,3}${MEETING}|sit down|attend|host|resume (?:talks|negotiations)|continue (?:\w+\s+){0,2}${MEETING}|pick up|engage in|have (?:\w+\s+){0,2}${MEETING}|(?:visit|travel|fly|head|depart|leave)\b${TRIP_PURPOSE})`,
      'i',
    ),
    confidence: 0.8,
    requires:
      /\b(?:meet|talks|negotiat\w*|meetings?|consultations?|discuss\w*|dialogue|summit|counterparts?)\b/i,
    unless: new RegExp(String.raw`${CANCELLED_UNRESOLVED}|${NOT_TALKS.source}`, 'i'),
    blockedBy: SCHEDULE_BLOCK,
  },
  {
    id: 'scheduled.headline-to-meet',
    signal: 'talks_scheduled',
    needsCounterpart: true,
    trigger:
      /\b(?:[A-Z][a-z]+|[A-Z]{2,}|U\.S\.)(?:[- ][A-Z][a-z]+)* to (?:meet|visit|hold (?:\S+\s+){0,3}?(?:talks|negotiations|meeting|summit)|travel|fly|head|attend|resume talks)\b/,
    confidence: 0.75,
    requires:
      /\b(?:meet|talks|negotiat\w*|meetings?|consultations?|discussions?|dialogue|summit|counterparts?)\b/i,
    unless: new RegExp(String.raw`${CANCELLED_NEARBY.source}|${NOT_TALKS.source}`, 'i'),
    blockedBy: SCHEDULE_BLOCK,
  },
  {
    id: 'scheduled.will-take-place',
    signal: 'talks_scheduled',
    needsCounterpart: true,
    trigger: new RegExp(
      String.raw`\b${MEETING}\b(?:\s+\S+){0,6}?\s+(?:will|is to|are to|is expected to|are expected to|is due to|are due to)\s+(?:take place|be held|resume|begin|start|open|convene)\b`,
      'i',
    ),
    confidence: 0.75,
    unless: CANCELLED_NEARBY,
    blockedBy: SCHEDULE_BLOCK,
  },
  {
    id: 'scheduled.set-for',
    signal: 'talks_scheduled',
    needsCounterpart: true,
    trigger: new RegExp(
      String.raw`\b${MEETING}\s+(?:\w+\s+){0,3}(?:is |are |was |were )?(?:set|scheduled|slated|planned|expected|due) (?:for|to (?:take place|be held|continue|resume|begin|start))`,
      'i',
    ),
    confidence: 0.8,
    unless: CANCELLED_NEARBY,
    blockedBy: SCHEDULE_BLOCK,
  },
  {
    id: 'scheduled.upcoming',
    signal: 'talks_scheduled',
    needsCounterpart: true,
    trigger: new RegExp(
      String.raw`\b(?:upcoming|planned|next round of|another round of|fresh round of|new round of|looming)\s+(?:\w+\s+){0,2}${MEETING}|\b${MEETING}\s+(?:\w+\s+){0,3}${FUTURE_TIME}|\b(?:continue|resume)\s+(?:\w+\s+){0,2}${FUTURE_TIME}`,
      'i',
    ),
    confidence: 0.7,
    unless: new RegExp(
      String.raw`${CANCELLED_NEARBY.source}|${NOT_TALKS.source}|\blast (?:week|month)\b|\b(?:held|had|wrapped up|concluded|ended|completed|finished|began|begun|started|opened|kicked off|launched|resumed|(?<!\b(?:to|will) )(?:begins?|starts?|opens?|holds?|launch(?:es)?|kicks? off)) (?:another |(?:a |the |their )?(?:new|fresh|next|first|second|third|latest|\w+) )?round\b`,
      'i',
    ),
    blockedBy: SCHEDULE_BLOCK,
  },
  {
    id: 'scheduled.leaves-for-talks',
    signal: 'talks_scheduled',
    needsCounterpart: true,
    trigger:
      /\b(?:left|leaves|leaving|departed|departs|heads|headed|heading|flew|flies|arrived|arrives|is in|are in|will travel|travel(?:l)?ed) (?:\w+\s+){0,5}(?:for|to (?:attend|hold|join|continue|discuss))\b/i,
    confidence: 0.75,
    requires: new RegExp(String.raw`\b(?:${MEETING}|negotiat\w*)\b`, 'i'),
    unless: new RegExp(String.raw`${CANCELLED_NEARBY.source}|\breturned\b|\bback from\b`, 'i'),
    blockedBy: SCHEDULE_BLOCK,
  },
  {
    id: 'scheduled.agreed-to-hold',
    signal: 'talks_scheduled',
    needsCounterpart: true,
    trigger: new RegExp(
      String.raw`\b(?:agreed|agreeing|decided|instructed \w+ \w+|invited \w+(?: \w+)?) to (?:hold|engage in|meet|visit|continue (?:\w+\s+)?${MEETING} ${FUTURE_TIME})`,
      'i',
    ),
    confidence: 0.7,
    requires: new RegExp(String.raw`\b(?:${MEETING}|meet)\b`, 'i'),
    blockedBy: SCHEDULE_BLOCK,
  },
  {
    id: 'held.met',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:met|meets|held|(?:is|are|were|was) holding|sat down|wrapped up|concluded|concluding|ended|kicked off|began|opened|continued|resumed|hosted|had)\s+(?:\S+\s+){0,6}?(?:talks|negotiations|meetings?|consultations|discussions|dialogue|summit|round|session|with (?:his|her|their|the|U\.S\.|US|[A-Z]))|\bmet (?:with )?(?:his |her |their |the |U\.S\. |US )?(?=[A-Z])/i,
    confidence: 0.8,
    requires:
      /\b(?:talks|negotiat\w*|meetings?|consultations|discussions|dialogue|summit|round|session|counterpart|met|trade|tariffs?)\b/i,
    unless: new RegExp(String.raw`${CANCELLED_NEARBY.source}|${NOT_TALKS.source}|\bwill\b|reschedul`, 'i'),
  },
  {
    id: 'held.talks-happened',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:talks|negotiations|meeting|consultations|discussions|dialogue|summit|round|session)\s+(?:\w+\s+){0,6}?(?:ended|concluded|took place|began|kicked off|wrapped up|continued|were held|was held|are underway|are under way|is underway|is under way|are ongoing|lasted|focused|centered|centred|(?:were|was|are|is|remain(?:ed)?) (?:still )?(?:under way|underway|ongoing|in progress)|continuing (?:in|at|this|on)|continues?(?= *(?:[,.]|$| in | at | this | on )))\b|\b(?:talks|negotiations)\b(?:\s+\S+){0,6}?\s+(?:have |has |had )?(?:entered|are in|is in|were in|moved into) (?:the|a|their) (?:final|last|closing) (?:stages?|phase|stretch|round)\b|\b(?:talks|negotiations|meetings?|consultations) held (?:in|at|on|this|last|earlier|over)\b/i,
    confidence: 0.75,
    unless: new RegExp(String.raw`${CANCELLED_NEARBY.source}|${NOT_TALKS.source}|reschedul`, 'i'),
  },
  {
    id: 'held.meeting-on-day',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:meeting|talks|discussions|negotiations|consultations)\b(?:\s+\S+){0,8}?\s+(?:on|last|late|early|this) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
    confidence: 0.65,
    unless: new RegExp(
      String.raw`${CANCELLED_NEARBY.source}|${NOT_TALKS.source}|\b(?:will|set (?:to|for)|scheduled|slated|due|next|upcoming|expected|plans?|strategy|to (?:hold|meet|have|resume|begin|start|attend|open))\b|reschedul`,
      'i',
    ),
  },
  {
    id: 'held.during-talks',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:during|after|following|at)\s+(?:the |a |an |their |two days of |two rounds of |marathon |high-stakes |high-level |\w+['’]s |\w+ )*(?:talks|negotiations|meeting|consultations|summit|round of (?:talks|negotiations))\b(?= (?:in|at|on|with|between|held|this|last|over|late|earlier)\b|,)/i,
    confidence: 0.7,
    requires:
      /\b(?:in [A-Z][a-z]+|(?:on )?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day['’]s|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|over the weekend|this week|earlier|yesterday|the previous day|late \w+day|told reporters|told)\b/,
    unless: new RegExp(
      String.raw`${CANCELLED_NEARBY.source}|${NOT_TALKS.source}|\b(?:will|ahead of|upcoming|next)\b`,
      'i',
    ),
  },
  {
    id: 'held.after-meeting',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:after|following|upon) (?:meeting|a meeting with|holding talks with) (?:with )?(?:his |her |their |the |U\.S\. |US )?(?=[A-Z])/,
    confidence: 0.7,
    unless: new RegExp(String.raw`${CANCELLED_NEARBY.source}|${NOT_TALKS.source}|\b(?:will|next)\b`, 'i'),
  },
  {
    id: 'held.in-capital-for-talks',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:are|is) (?:currently |now |already )?in (?:Washington|Seoul|Tokyo|Beijing|Brussels|Geneva|London|the U\.?S\.?|the United States|the States)\b(?:\s+\S+){0,6}?\s+(?:for|to)\s+(?:\S+\s+){0,2}(?:talks|negotiations|consultations|push|discuss)/i,
    confidence: 0.7,
  },
  {
    id: 'held.final-stages',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:in|into|entered) (?:the )?(?:final|last|closing|late) (?:stages?|phase|rounds?) of (?:the |their )?(?:\S+\s+){0,2}?(?:talks|negotiations|consultations)|\breturned (?:\S+\s+){0,5}?(?:after|from) (?:\S+\s+){0,5}?(?:talks|negotiations|meetings?|consultations)\b/i,
    confidence: 0.7,
  },
  {
    id: 'held.talks-were',
    signal: 'talks_held',
    trigger:
      /\b(?:talks|negotiations|meetings?|discussions|consultations)\b(?:\s+\S+){0,8}?\s+(?:were|was|had been|have been|has been)\s+(?:very |"|“)?(?:constructive|productive|fruitful|positive|frank|useful|intense|tough|candid|cordial|difficult)\b/i,
    confidence: 0.7,
  },
  {
    id: 'held.call',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:spoke|spoken|talked|held (?:a |phone |video )*(?:call|talks)|had a (?:phone |video )?call)\b(?:\s+\S+){0,4}?\s+(?:with|by (?:phone|telephone|video))\b|\b(?:phone|video|telephone) (?:call|talks|conversation)s? with\b/i,
    confidence: 0.65,
    requires: /\b(?:tariffs?|trade|negotiat\w*|investment|deal|agree\w*|talks)\b/i,
    unless: /\b(?:will|plans? to|expected to)\b/i,
  },
  {
    id: 'held.in-depth-discussions',
    signal: 'talks_held',
    needsCounterpart: true,
    trigger:
      /\b(?:had|held) (?:in-depth|lengthy|intensive|productive|constructive|fruitful|frank) (?:discussions|talks|negotiations)|\bproductive (?:meeting|talks)\b|\bdiscussed\b(?= (?:\w+\s+){0,6}(?:with|trade|tariff))/i,
    confidence: 0.7,
    unless: /\b(?:will|to be)\b/i,
  },
  {
    id: 'cancelled.called-off',
    signal: 'talks_cancelled',
    trigger: new RegExp(
      String.raw`\b(?:cancel(?:l)?ed|called off|scrapped|postponed|put off|pulled out of|abruptly ended|delayed|suspend(?:ed|s|ing)|terminat(?:ed|es|ing)|halt(?:ed|s|ing)|broke off|breaks off|ended all)\b(?=(?:\s+\S+){0,6}\s+${MEETING})|\b${MEETING}\b(?:[\s,]+[\w"“”'’+-]+){0,8}?\s+(?:was|were|has been|have been|had been|got|is being|being)?\s*(?:abruptly |suddenly |now )?(?:cancel(?:l)?ed|called off|scrapped|postponed|put off|delayed)\b|\b(?:cancellation|postponement|calling off)\s+(?:of\s+)?(?:\S+\s+){0,5}${MEETING}|\b(?:calling|called|call) off the ${MEETING}|\b${MEETING}\b(?:\s+\S+){0,6}?\s+(?:was|were|has been|have been|is|are) (?:now )?(?:put )?on hold\b`,
      'i',
    ),
    confidence: 0.85,
    unless: /\b(?:tariffs? (?:was|were|has been|have been) postponed|implementation)\b/i,
  },
];

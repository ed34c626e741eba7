import type { SignalRule } from './engine';

const AGREEMENT = String.raw`(?:deal|agreement|accord|pact|framework|truce|understanding|fact sheet|joint statement|memorandum of understanding|MOU|consensus)`;
const NOT_TRADE =
  /\b(?:supply|chip|licensing|sales|contract|partnership|joint[- ]venture|loan|financing|construction|production|arms|sponsorship|merger|acquisition|takeover) (?:deal|agreement|contract)\b|\b(?:Inc|Corp|Co|Ltd|Group|Motor|Electronics|Samsung|Hyundai|LG|SK|Hanwha|Boeing|Tesla|Apple|Nvidia|Intel)\.? (?:signed|reached|struck|inked|sealed)\b|\b(river|sewage|water|peace|ceasefire|cease-fire|hostages?|prisoners?|climate|migration|nuclear deal|merger|acquisition|takeover|contract with|licensing|sponsorship)\b/i;
const TRADE_CONTEXT =
  /\b(tariffs?|trade|levy|levies|duties|investments?|invest|reciprocal|economic|imports?|exports?|deal|agreement)\b/i;
const PROPOSAL_BLOCK =
  /\b(if|unless|whether|could|might|may|would have|speculation|speculated|potentially|possibly|rumou?r|will|would|expected to|plans? to|set to|going to|prepar\w+ to|intends? to)\b/i;

export const OUTCOME_RULES: SignalRule[] = [
  {
    id: 'deal.reached',
    signal: 'deal_reached',
    trigger: new RegExp(
      String.raw`\b(?:reached|reach|reaches|reaching|striking|sealing|clinching|signing|inking|finali[sz]ing|struck|strike|strikes|seal|seals|clinch|clinches|sign|ink|inks|clinched|sealed|signed|signs|finali[sz]ed|finali[sz]es|concluded|announced|announces|unveiled|unveils|inked|agreed (?:on|to)|agrees? (?:on|to)|hail(?:s|ed)|confirmed|made|released|secured|have|has|got)\s+(?:["“']?(?:a|an|the|their|our|its|new|trade|tariff|broad|final|landmark|historic|sweeping|framework|preliminary|initial|bilateral|comprehensive|long-awaited|major|fraught|joint|tentative|verbal|partial|limited|interim|mini|big|reciprocal|strategic|investment|economic|overall|much-anticipated|hard-won|\d+(?:\.\d+)?%|\$?[\d.]+[-\s]?(?:billion|bn)?|details of|terms of|a deal on|on a)\s+){0,5}["“']?${AGREEMENT}`,
      'i',
    ),
    confidence: 0.85,
    requires: TRADE_CONTEXT,
    unless: NOT_TRADE,
    leadOrAnchored: true,
  },
  {
    id: 'deal.named',
    signal: 'deal_reached',
    trigger:
      /\b(?:[Aa]gree(?:d|s)? (?:on|to)|[Rr]each(?:ed|es)?|[Ss]truck|[Ss]igned|[Aa]nnounced|[Uu]nveiled|[Ss]ealed|[Cc]linched|[Ff]inali[sz]ed) (?:a |an |the |their |its )?["“']?[A-Z][\w-]*\s+(?:(?:[A-Z][\w-]*|and|of|&)\s+){0,5}["“']?(?:[Tt]rade )?(?:Deal|Agreement|Pact|Framework|deal|agreement|pact|framework)\b/,
    confidence: 0.8,
    requires: TRADE_CONTEXT,
    unless: NOT_TRADE,
    leadOrAnchored: true,
  },
  {
    id: 'deal.passive',
    signal: 'deal_reached',
    trigger: new RegExp(
      String.raw`\b${AGREEMENT}\s+(?:\w+\s+){0,4}?(?:was|has been|had been|is|were|have been)\s+(?:\w+\s+)?(?:reached|struck|sealed|signed|finali[sz]ed|concluded|announced|agreed|clinched)\b|\b(?:essentially|finally|formally|officially) (?:reached|agreed|sealed|signed|concluded)\b|\b(?:trade |tariff )?${AGREEMENT} (?:they |it |Seoul |Tokyo |Washington )?(?:reached|struck|sealed|signed|clinched) (?:with|between)\b|\b(?:made|make) (?:a|our|the) deal\b|\b${AGREEMENT},? (?:reached|struck|sealed|signed|announced|unveiled|clinched|agreed) (?:(?:on|this|late|early|earlier) )?(?:\w+day|week|weekend)\b`,
      'i',
    ),
    confidence: 0.85,
    requires: TRADE_CONTEXT,
    unless: NOT_TRADE,
    leadOrAnchored: true,
  },
  {
    id: 'deal.part-of-new',
    signal: 'deal_reached',
    trigger: new RegExp(
      String.raw`\b(?:as part of|in|under|with|through) (?:a|the|its|their) (?:\S+\s+){0,3}?(?:new|landmark|sweeping|historic|breakthrough|newly (?:signed|agreed))\s+(?:\S+\s+){0,2}?${AGREEMENT}|\bcalled the (?:deal|agreement) (?:a |an )?(?:\w+ )?(?:breakthrough|success|win)|\bagreed to (?:invest|buy|purchase|open|lower|cut|remove|accept) (?:\S+\s+){0,14}?as part of (?:a|the|its|their) (?:trade |tariff )?${AGREEMENT}`,
      'i',
    ),
    confidence: 0.75,
    requires: TRADE_CONTEXT,
    unless: NOT_TRADE,
    leadOrAnchored: true,
  },
  {
    id: 'deal.agreed-to-cut',
    signal: 'deal_reached',
    trigger:
      /\b(?:agreed|agree|agrees) (?:on |to )?(?:\w+\s+){0,2}(?:cut|lower|reduce|roll back|slash|remove|scrap|eliminate|pause|suspend)\w*\s+(?:\w+\s+){0,4}?tariffs?\b|\bagree\w* (?:a |to a )?\d+-day (?:\w+\s+)?(?:tariff )?(?:pause|truce)/i,
    confidence: 0.8,
    unless: NOT_TRADE,
    leadOrAnchored: true,
  },
  {
    id: 'no-breakthrough.without',
    signal: 'no_breakthrough',
    trigger:
      /\b(?:without|no) (?:a |any |concrete |significant |major |tangible |real )?(?:breakthrough|agreement|deal|progress|result|results|consensus)\b|\bwithout (?:reaching|striking|clinching|securing|producing|making|finding) (?:a |an |any )?(?:\w+ )?(?:breakthrough|agreement|deal|progress|consensus)\b|\bfail(?:ed|s|ing)? to (?:reach|strike|clinch|secure|make|produce|bridge|narrow|agree)\b|\b(?:not|n't) (?:expected to )?(?:reach|produce|yield|make) (?:a |any )?(?:breakthrough|progress|deal|agreement)|\b(?:could not|couldn't|did not|didn't|cannot|can't|unable to|were unable to|was unable to) (?:agree|reach|bridge|resolve|narrow|settle|close)\b/i,
    confidence: 0.8,
    blockedBy: /\b(?:if|unless|whether|could|might|may|would|should|avoid|prevent|in case)\b/i,
    requires:
      /\b(?:talks|negotiat\w*|meeting|discussions|consultations|sides|deal|agreement|breakthrough)\b/i,
  },
  {
    id: 'no-breakthrough.impasse',
    signal: 'no_breakthrough',
    trigger:
      /\b(?:impasse|deadlock(?:ed)?|stalled|stall(?:s|ing)?|stalemate|standoff|at odds|gaps? (?:remain|persist)|differences (?:remain|persist)|remain(?:s|ed)? (?:far apart|divided|apart|unresolved)|(?:made|making) (?:little|limited|slow|no) (?:headway|progress)|little (?:headway|progress)|lack of progress|not been easy|hit a snag|snag|broke down|break down|breaks down|collapsed|fell apart|stumbling blocks?|(?:disagreements?|differences|gaps) (?:over \S+(?: \S+){0,5} )?(?:persist|remain)|yet to be (?:finali[sz]ed|signed|agreed|concluded)|yet to (?:finali[sz]e|sign|conclude|agree on|settle)|(?:remains|remained|is|was) unsigned|not (?:yet )?(?:been )?(?:finali[sz]ed|signed|concluded)|no deal yet|not (?:yet )?done(?: yet)?|remain(?:s|ed)? (?:deeply |sharply )?split|bogged down|sticking point over|disagreements? over)\b/i,
    confidence: 0.75,
    allowRecap: true,
    blockedBy:
      /\b(?:if|unless|whether|could|might|may|would|should|avoid|end(?:s|ed)?|break(?:s)?|broke|resolve[sd]?|overcom\w*|after|despite|had been|had)\b/i,
    requires:
      /\b(?:talks|negotiat\w*|deal|agreement|pact|discussions|consultations|trade|tariffs?|investment|fund|package)\b/i,
    unless:
      /\b(?:resum\w+|restart\w*|reviv\w+|back on track|broke the (?:impasse|deadlock|stalemate)|breakthrough (?:ends?|ended)|ended (?:a|the) \w+[- ]?\w* (?:standoff|impasse|deadlock))\b|\bhad (?:\w+ )?(?:been )?(?:deadlocked|stalled)\b/i,
  },
  {
    id: 'proposal.presented',
    signal: 'proposal',
    trigger:
      /\b(?:(?:presented|submitted|tabled|delivered|made|offered|sent|put forward|unveiled|handed over|floated|drew up|prepared)\s+(?:\S+\s+){0,5}?(?:proposals?|offers?|counterproposals?|counteroffers?|package|plan|project|initiative|fund)\b(?! (?:was|were) (?:rejected|dropped))|(?:revised|new|updated|fresh|latest|final|counter)[- ]?(?:proposals?|offers?)|(?:has|have|had)? ?proposed (?:to |that |a |an |the |establishing |setting |creating |\w+ing\b)|(?:is|are|was|were) (?:\w+ )?(?:demanding|pressing|pushing) (?:for )?|demanded|urged (?:\w+\s+){0,4}(?:to|concessions|relief|tariff)|called for (?:\S+\s+){0,3}?(?:exemptions?|relief|concessions|access|cuts?|tariff|reciprocal|investment)|(?:asked|requested) (?:for |that )?(?:\w+\s+){0,3}(?:exemptions?|relief|concessions|access|investment|cuts?)|(?:asked|requested|urged|pressed|called on) (?:\S+\s+){0,3}to (?:lower|cut|reduce|remove|scrap|exempt|ease|waive|open|accept|invest|buy|make|offer|drop|commit|pay|purchase|allow|raise|increase|expand)|(?:swap|investment) proposal|\b(?:U\.S\.|US|American|Washington's|Seoul's|Korean|Tokyo's|Japanese) (?:demands?|requests?) (?:to|for|that)\b|option being (?:\w+\s+)?discussed|offered (?:to|cooperation|concessions))\b/i,
    confidence: 0.75,
    requires:
      /\b(?:tariffs?|trade|invest\w*|concessions?|market|access|exemptions?|relief|cooperation|swap|deal|agreement|negotiat\w*|talks|beef|rice|autos?|agricultur\w*|sectors?|shipbuilding|energy|purchas\w*|package|proposals?)\b/i,
    unless:
      /\b(?:urged (?:the|its own|the Korean|the South Korean) government|proposed (?:rescheduling|a new date|meeting)|a proposed|the proposed|proposed tariffs?|pressure to open)\b/i,
    needsCounterpart: true,
    blockedBy: PROPOSAL_BLOCK,
  },
];

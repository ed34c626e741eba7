import type { SignalRule } from './engine';

const MEETING = String.raw`(?:talks|negotiations?|meetings?|consultations?|summit|round|session|visit|trip)`;
const TARIFF = String.raw`(?:tariffs?|levy|levies|duty|duties)`;
const FUTURE = /\b(?:to|will|set to|plans? to|expected to|could|may|might|would)\s+$/i;

/** Headlines tell past news in the present tense ("Korea, US hold talks", "Trump cancels meeting"). */
export const HEADLINE_RULES: SignalRule[] = [
  {
    id: 'headline.hold-talks',
    signal: 'talks_held',
    trigger: new RegExp(
      String.raw`\b(?:hold|holds|meet|meets|wrap up|wraps up|conclude|concludes|begin|begins|kick off|kicks off|resume|resumes|open|opens)\b(?:\s+\S+){0,4}?\s+${MEETING}\b|\b(?:meets|meet) (?:with )?(?=[A-Z])`,
      'i',
    ),
    confidence: 0.75,
    blockedBy: FUTURE,
    titleOnly: true,
    needsCounterpart: true,
  },
  {
    id: 'headline.cancels',
    signal: 'talks_cancelled',
    trigger: new RegExp(
      String.raw`\b(?:cancels|calls off|postpones|scraps|delays|suspends|halts|terminates)\b(?:\s+\S+){0,4}?\s+${MEETING}\b`,
      'i',
    ),
    confidence: 0.8,
    blockedBy: FUTURE,
    titleOnly: true,
  },
  {
    id: 'headline.extends',
    signal: 'deadline_extended',
    trigger: new RegExp(
      String.raw`\b(?:extends|delays|pushes back|postpones|pauses)\b(?:\s+\S+){0,4}?\s+(?:deadline|${TARIFF}|truce|pause)`,
      'i',
    ),
    confidence: 0.75,
    blockedBy: FUTURE,
    titleOnly: true,
  },
  {
    id: 'headline.threatens',
    signal: 'tariff_threatened',
    trigger: new RegExp(String.raw`\b(?:threatens|warns of|vows)\b(?:\s+\S+){0,5}?\s+${TARIFF}`, 'i'),
    confidence: 0.75,
    titleOnly: true,
    needsParty: true,
  },
  {
    id: 'headline.imposes',
    signal: 'tariff_imposed',
    trigger: new RegExp(
      String.raw`\b(?:slaps|imposes|levies)\b(?:\s+\S+){0,4}?\s+${TARIFF}|\b${TARIFF}\s+(?:\S+\s+){0,3}?(?<!\b(?:to|will|would|set to|could|may) )(?:take|takes|go|goes) (?:into )?effect\b|\b${TARIFF}\s+(?:\S+\s+){0,3}?(?<!\b(?:to|will|would|could|may) )kicks? in\b`,
      'i',
    ),
    confidence: 0.75,
    blockedBy: FUTURE,
    titleOnly: true,
    needsParty: true,
  },
  {
    id: 'headline.end-without-deal',
    signal: 'no_breakthrough',
    trigger: /\b(?:end|ends|conclude|concludes|wrap up|wraps up)\b(?:\s+\S+){0,3}?\s+without\b/i,
    confidence: 0.8,
    titleOnly: true,
  },
];

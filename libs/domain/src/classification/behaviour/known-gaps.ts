/**
 * Behaviour cases (cases/) the rule tables do not satisfy yet. They run as expected failures, so each fix
 * shows up as a failing "known gap" test: then delete its line here.
 */
export const KNOWN_GAPS: ReadonlySet<string> = new Set<string>([
  'common phrasings: Kim spoke with Lutnick by phone on Monday about tariffs on Korean cars.',
  'deadline probes: The tariff hike on Korean goods was delayed until Aug. 1 to allow more time for talks, the White House said on Monday.',
  'probe stories: Presidential office denies report of tariff deal with US',
  'probe stories: Seoul, Washington fail to narrow gaps',
  'probe stories: Lee says tariff deal lifted uncertainty',
  "probe stories: Korea, US talks in 'final stage', official says",
  'probe stories: India, US close to interim trade deal',
  "probe stories: Japan's Akazawa heads to US for eighth round",
  'probe stories: US wants Korea to commit $400 bln investment, sources say',
  'probe stories: Korea, US clash over investment fund details',
  "probe stories: Korea pitches shipbuilding 'MASGA' project to US",
  'probe stories: Switzerland hit with 39% tariff',
  'Korea–US stories: Korea offers $150 bln shipbuilding fund in bid to cut US tariffs',
  'Korea–US stories: Trump says Korea will pay $350 bln upfront',
]);

/** Four opening sentences of a deal still being worked out, to place a sentence after a story's lead. */
export const DEAL_DETAILS_PENDING =
  'Korea and Washington are still working out the details of their tariff deal. Seoul wants its cars to face a lower levy. Washington wants more of the investment fund paid in cash. Exporters are waiting for the final text.';

/** Eight opening sentences of a round held, to place a sentence after a story's opening. */
export const ROUND_IN_SEOUL =
  "Korean and US trade officials met in Seoul on Tuesday for a fresh round of tariff talks. The delegations spent four hours on autos, steel and chips. Seoul's team was led by Trade Minister Yeo Han-koo. A deputy of Greer headed the US side. Both sides said they would keep talking. A joint note is expected later this week. Exporters watched the session closely. Car parts makers asked for quick relief.";

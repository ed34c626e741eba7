/** Sector words: which industries an article says the negotiation covers. */
export const SECTORS: Record<string, RegExp> = {
  autos: /\b(autos?|automobiles?|automotive|cars?|auto parts|carmakers?|automakers?)\b/i,
  steel: /\bsteel\b/i,
  aluminum: /\balumin(?:i)?um\b/i,
  shipbuilding: /\bshipbuild(?:ing|ers?)\b/i,
  semiconductors: /\b(semiconductors?|chips?|chipmakers?)\b/i,
  agriculture: /\b(agricultur(?:e|al)|farm(?:ers?|ing)?|beef|rice|dairy)\b/i,
  pharmaceuticals: /\bpharma(?:ceuticals?)?\b/i,
  energy:
    /\b(energy (?:purchases?|imports?|exports?|products|sector|deals?|cooperation)|LNG|liquefied natural gas|crude oil|oil and gas)\b/i,
  batteries: /\bbatter(?:y|ies)\b/i,
  digital: /\bdigital\b/i,
  lumber: /\b(lumber|timber)\b/i,
};

/** The written parts of an offer, each with the name of the field it came from (for evidence). */
import type { OfferSubject } from '../types.ts';

export type { OfferSubject };

export interface OfferField {
  field: string;
  text: string;
}

/** Every prose field the offer's author wrote; the user's own task text (`input`) is not among them. */
export function offerFields(offer: OfferSubject): OfferField[] {
  const single = (['headline', 'buyer', 'problem', 'before', 'after', 'outcome'] as const).map((field) => ({
    field,
    text: offer[field],
  }));
  const lists = (['deliverables', 'inclusions', 'exclusions', 'acceptanceCriteria'] as const).flatMap((field) =>
    offer[field].map((text, index) => ({ field: `${field}[${index}]`, text })),
  );
  return [...single, ...lists];
}

/** True when the list has at least one item with something in it. */
export function hasItems(list: readonly string[]): boolean {
  return list.some((item) => item.trim() !== '');
}

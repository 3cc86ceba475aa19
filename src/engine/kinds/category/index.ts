/** What a thing is or who it belongs to: architecture, vendor, maker, parent company, memory type, role. */
import type { CategoryClaim } from '../../claims/types';
import { extractRelations } from '../../reading/relations';
import { attributeCode } from '../../record/attributes';
import type { ClaimKind } from '../kind';
import { compareCategory } from './compare';
import { extractCategories } from './read';
import { categoryWording } from './wording';

export const categoryKind: ClaimKind<CategoryClaim> = {
  id: 'category',
  description: 'A category (architecture, vendor, maker, parent company, memory type, role) differs from the record.',
  defaultLevel: 'error',
  readers: [extractCategories, extractRelations],
  compare: compareCategory,
  wording: categoryWording,
  factKind: 'category',
  code: (claimed) => attributeCode(claimed.attribute),
  // A role is held for a time ("X is Nvidia's CEO"): right when written, it may not be later.
  changesWithTime: (claimed) => claimed.attribute === 'role',
};

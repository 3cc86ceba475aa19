/** What a thing is or who it belongs to: architecture, vendor, maker, parent company, memory type, role. */
import type { CategoryClaim } from '../../claims/types';
import { extractRelations } from '../../reading/relations';
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
};

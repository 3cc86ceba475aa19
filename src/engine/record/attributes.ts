/**
 * The attributes a fact may state, as plain lists: the schema builds its zod
 * enums from them, and code that only needs the names (the editor's quick
 * fixes) reads them here without loading zod.
 */
export const QUANTITY_ATTRIBUTES = [
  'memory_capacity',
  'memory_bandwidth',
  'fp16_tensor',
  'bf16_tensor',
  'fp8_tensor',
  'fp64',
  'tdp',
  'transistors',
  'dies',
  'nvlink_bandwidth',
  'gpu_count',
  'cpu_count',
  'relative_performance',
  'revenue_share',
  'charge',
  'parameters',
  'active_parameters',
  'tariff',
] as const;

export const CATEGORY_ATTRIBUTES = ['architecture', 'vendor', 'maker', 'parent', 'memory_type', 'role', 'training_chip'] as const;

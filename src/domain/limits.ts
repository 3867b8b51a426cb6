/** Input size limits: generous for real use, small enough that nothing hangs or floods a prompt. */
export const LIMITS = {
  postChars: 100_000,
  draftChars: 100_000,
  offerChars: 2_000,
  tasks: 200,
  taskChars: 500,
  notesChars: 20_000,
  proofItems: 10_000,
} as const;

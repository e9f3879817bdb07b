/** Query keys of the course server's endpoints (one root, so a change can refresh them all). */
export const trainingKeys = {
  all: ['training'] as const,
  scenarios: () => ['training', 'scenarios'] as const,
  courses: () => ['training', 'courses'] as const,
  course: (code: string) => ['training', 'course', code] as const,
  board: (code: string) => ['training', 'board', code] as const,
  report: (code: string) => ['training', 'report', code] as const,
  me: () => ['training', 'me'] as const,
};

/** Paths inside the trainer's console (mounted at /utbildning/*). */
export const trainingPaths = {
  home: () => '/utbildning',
  course: (code: string) => `/utbildning/kurs/${encodeURIComponent(code)}`,
  sheet: (code: string) => `/utbildning/kurs/${encodeURIComponent(code)}/deltagarblad`,
  report: (code: string) => `/utbildning/kurs/${encodeURIComponent(code)}/rapport`,
};

/** POST /mk/training/courses/{code}/control: start, pause, resume, jump forward, clock speed. */
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { TrainingCourseDetail } from './courses';

export type CourseControl = { action: 'start' | 'pause' | 'resume' } | { action: 'jump'; minutes: number } | { action: 'speed'; speed: number };

export async function controlCourse(client: ApiClient, code: string, body: CourseControl): Promise<TrainingCourseDetail> {
  const { data, error, response } = await client.POST('/mk/training/courses/{code}/control', { params: { path: { code } }, body });
  if (!data) throw new MessagesApiError('controlTrainingCourse', response.status, error);
  return data;
}

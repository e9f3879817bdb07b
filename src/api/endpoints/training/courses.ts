/** GET/POST /mk/training/courses and GET /mk/training/courses/{code}: the trainer's courses. */
import { queryOptions } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { components, paths } from '../../schema.gen';
import { trainingKeys } from './keys';

export type TrainingCourse = components['schemas']['TrainingCourse'];
export type TrainingCourseDetail = components['schemas']['TrainingCourseDetail'];

export async function fetchCourses(client: ApiClient, signal?: AbortSignal): Promise<TrainingCourse[]> {
  const { data, error, response } = await client.GET('/mk/training/courses', signal ? { signal } : {});
  if (!data) throw new MessagesApiError('listTrainingCourses', response.status, error);
  return data.data;
}
export const coursesQuery = (client: ApiClient) => queryOptions({ queryKey: trainingKeys.courses(), queryFn: ({ signal }) => fetchCourses(client, signal) });

export type CreateCourseBody = NonNullable<paths['/mk/training/courses']['post']['requestBody']>['content']['application/json'];

export async function createCourse(client: ApiClient, body: CreateCourseBody): Promise<TrainingCourseDetail> {
  const { data, error, response } = await client.POST('/mk/training/courses', { body });
  if (!data) throw new MessagesApiError('createTrainingCourse', response.status, error);
  return data;
}

export async function fetchCourse(client: ApiClient, code: string, signal?: AbortSignal): Promise<TrainingCourseDetail> {
  const { data, error, response } = await client.GET('/mk/training/courses/{code}', { params: { path: { code } }, ...(signal ? { signal } : {}) });
  if (!data) throw new MessagesApiError('getTrainingCourse', response.status, error);
  return data;
}
export const courseQuery = (client: ApiClient, code: string) => queryOptions({ queryKey: trainingKeys.course(code), queryFn: ({ signal }) => fetchCourse(client, code, signal) });

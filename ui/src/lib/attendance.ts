// Loads who vouches for each activity of a portfolio (verified by the backend each time).
import { api, type AttendanceSource } from './api';

export type Sources = Record<string, AttendanceSource>;

/** The sources for portfolio `id`, or none when the backend cannot say (shown as nothing). */
export async function attendanceSources(id: string): Promise<Sources> {
  try {
    return await api.attendanceSources(id);
  } catch {
    return {};
  }
}

// Loads the signed confirmations on a portfolio's entries (verified by the backend each time).
import { api, type Standing } from './api';

export type Confirmations = Record<string, Standing[]>;

/** The confirmations for portfolio `id`, or none when the backend cannot say (shown as nothing). */
export async function entryConfirmations(id: string): Promise<Confirmations> {
  try {
    return await api.entryConfirmations(id);
  } catch {
    return {};
  }
}

import { sitePath } from './paths';

/** The page of a comparison matrix. */
export const matrixPath = (id: string) => sitePath(`compare/${id}/`);

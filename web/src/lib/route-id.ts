import { useParams } from "@solidjs/router";

/**
 * The `:id` of a detail page's route. Ids are base64 (may hold "/" or "="): links encode them,
 * and a typed or pasted address may not, so both forms are accepted.
 */
export function useRouteId(): () => string {
  const params = useParams<{ id: string }>();
  return () => {
    try {
      return decodeURIComponent(params.id);
    } catch {
      return params.id;
    }
  };
}

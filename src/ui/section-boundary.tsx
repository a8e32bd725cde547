import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { createContext, Suspense, useContext, useEffect, type ReactNode } from "react";
import { ErrorBoundary, useErrorBoundary, type FallbackProps } from "react-error-boundary";
import { useConnectionTrouble } from "../api/client/connection.ts";
import { isApiError } from "../api/errors.ts";
import { Loading } from "./loading.tsx";
import { QueryError } from "./query-error.tsx";

const SectionName = createContext("");

function SectionFailed({ error }: FallbackProps) {
  const what = useContext(SectionName);
  const { resetBoundary } = useErrorBoundary();
  const trouble = useConnectionTrouble();
  // Failed for want of an answer: once the connection banner's retries get one, show the page by itself.
  const unanswered = isApiError(error, "network");
  useEffect(() => {
    if (unanswered && trouble === null) resetBoundary();
  }, [unanswered, trouble, resetBoundary]);
  return <QueryError what={what} error={error} onRetry={resetBoundary} />;
}

/**
 * The one boundary every section's data waits under: a loading state while it comes, and if it fails, what
 * failed with a retry that refetches (not a reload into a dead page).
 */
export function SectionBoundary({ what, children }: { what: string; children: ReactNode }) {
  return (
    <SectionName value={what}>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary onReset={reset} FallbackComponent={SectionFailed}>
            <Suspense fallback={<Loading />}>{children}</Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </SectionName>
  );
}

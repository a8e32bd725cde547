import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Suspense, type ReactNode } from "react";
import { ErrorBoundary, useErrorBoundary } from "react-error-boundary";
import { Loading } from "./loading.tsx";
import { QueryError } from "./query-error.tsx";

function SectionFailed({ what }: { what: string }) {
  const { resetBoundary } = useErrorBoundary();
  return <QueryError what={what} onRetry={resetBoundary} />;
}

/**
 * The one boundary every section's data waits under: a loading state while it comes, and if it fails, what
 * failed with a retry that refetches (not a reload into a dead page).
 */
export function SectionBoundary({ what, children }: { what: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset} fallback={<SectionFailed what={what} />}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

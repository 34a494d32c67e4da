import { Component, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { app } from '../i18n/en/app';
import { useText } from '../state/language';
import { useTitle } from './use-title';

/*
 * Never a blank page. Each page after the start loads when it is opened; on a first visit whose
 * signal goes before the offline copy is kept, or in a tab left open over a new release, that
 * load can fail. And any page can fail to draw. Either way the person gets a page in Backcheck's
 * words, with a way to try again, and their answers stay where they were saved.
 */

/** True for a page's code that could not be fetched, in each engine's words for it. */
export const isLoadFailure = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch|Load failed|Unable to preload/i.test(
    error.message,
  );

function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useText('app', app);
  const notLoaded = isLoadFailure(error);
  useTitle(notLoaded ? t.notLoaded : t.wentWrong);
  return (
    <main id="main" className="main" data-page-error={notLoaded ? 'load' : 'draw'}>
      <h1 tabIndex={-1}>{notLoaded ? t.notLoaded : t.wentWrong}</h1>
      <p>{notLoaded ? t.notLoadedWhy : t.wentWrongWhy}</p>
      <p>{t.nothingLost}</p>
      <p>
        <button type="button" className="button" onClick={onRetry}>
          {t.tryAgain}
        </button>
      </p>
      <p>
        <a href="#/">{t.goToStart}</a>
      </p>
    </main>
  );
}

/** Loads that failed, each cleared by "Try again" so the next draw fetches afresh. */
const failedLoads = new Set<() => void>();
const forgetFailedLoads = () => {
  failedLoads.forEach((forget) => forget());
  failedLoads.clear();
};

interface State {
  error: unknown;
  attempt: number;
}

/** Shows the error page in place of a page that could not load or draw; "Try again" draws it afresh. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  override render() {
    if (this.state.error !== undefined)
      return (
        <PageError
          error={this.state.error}
          onRetry={() => {
            forgetFailedLoads();
            this.setState(({ attempt }) => ({ error: undefined, attempt: attempt + 1 }));
          }}
        />
      );
    return <LoadAttempt key={this.state.attempt}>{this.props.children}</LoadAttempt>;
  }
}

const LoadAttempt = ({ children }: { children: ReactNode }) => children;

/**
 * Like React.lazy, but a load that failed is tried again after "Try again", where React.lazy
 * would keep the failure for good.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const attempt = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedLoads.add(() => (current = attempt()));
          throw error;
        },
      ),
    );
  let current = attempt();
  return function Lazy(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}

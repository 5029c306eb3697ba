/** The article behind a line, at its end: in brackets, linked to the law's text, marked Dutch (its title is Dutch). */
import { Link } from '@utrecht/component-library-react';

export function ArticleLink(props: { readonly url: string; readonly text: string }) {
  return (
    <span className="app-citation">
      (
      <Link href={props.url} rel="external noopener" lang="nl" dir="ltr">
        {props.text}
      </Link>
      )
    </span>
  );
}

export function BackLink({ href }: { href: string }) {
  return (
    <a className="back-link" href={href}>
      Back
    </a>
  );
}

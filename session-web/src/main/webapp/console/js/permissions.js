// What the caller's role lets it do, so that the console offers only that (the API refuses the
// rest all the same, whatever a page sends).

const READERS = ['admin', 'member', 'viewer'];
const WRITERS = ['admin', 'member'];

export function permissions(caller) {
  const role = caller.role;
  const inAccount = Boolean(caller.accountId);
  return {
    read: READERS.includes(role),
    write: WRITERS.includes(role),
    admin: role === 'admin',
    manage: inAccount && (role === 'admin' || caller.operator),
    audit: role === 'admin' || role === 'auditor' || caller.operator,
    operate: role === 'admin' || caller.operator,
  };
}

// The account's projects by id, for names in tables and for filter choices.
import { api } from './api.js';

export async function projectsById() {
  const page = await api('/projects?size=200');
  return new Map(page.items.map((project) => [project.id, project]));
}

export function projectName(projects, id) {
  if (!id) {
    return '';
  }
  const project = projects.get(id);
  return project ? project.name || project.key : id.slice(0, 8);
}

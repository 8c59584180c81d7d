// The bindings' JavaScript (sessions, frames, patches, the layer with its tooltips, menu and
// analysis): it travels in the full core's chunk, since nothing of it runs without that core, and a
// plain panel's first paint does not download it.
export { BindSession, renderOutputOf } from './session';
export { BindingsLayer } from '../components/BindingsLayer';

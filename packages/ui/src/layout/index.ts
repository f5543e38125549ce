// `@kbc/ui/layout`: apart from the main entry point so that the signed-in frames stay in the apps' lazy chunks.
export { type NavLink, SideNavComponent } from './side-nav.component';

package com.hpgdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view: navigation on the left (only the entries this user may open),
 * the page title and the signed-in person with a link to change their password and a sign-out action at the top.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String APP_NAME = "HPG Recovery Desk";
    private static final String TITLE_SUFFIX = " | " + APP_NAME;

    private final H1 pageTitle = new H1();

    MainLayout(SignedInPerson currentUser) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        pageTitle.addClassName("page-title");
        var user = userBlock(currentUser);
        var navbar = new HorizontalLayout(toggle, pageTitle, user);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(pageTitle);
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        addToDrawer(brand(), navigation());
    }

    private static Component brand() {
        var mark = new Image("icons/favicon.svg", "");
        mark.addClassName("brand-mark");
        var name = new Span(APP_NAME);
        name.addClassName("brand-name");
        var tagline = new Span("Post-TRT recovery, one place");
        tagline.addClassName("brand-tagline");
        var text = new Div(name, tagline);
        text.addClassName("brand-text");
        var brand = new Div(mark, text);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel("Main navigation");
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                var icon = new Icon("vaadin", entry.icon().substring("vaadin:".length()));
                icon.getElement().setAttribute("aria-hidden", "true");
                item.setPrefixComponent(icon);
            }
            nav.addItem(item);
        }
        return nav;
    }

    private static Component userBlock(SignedInPerson currentUser) {
        String name = currentUser.displayName();
        var avatar = new Avatar(name);
        avatar.getElement().setAttribute("aria-hidden", "true");
        var who = new Span(name);
        who.addClassName("user-name");
        var signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        // The route belongs to the security feature; the shell knows only its address.
        var changePassword = new Anchor("password", "Change password");
        changePassword.setId("change-password");
        changePassword.addClassName("user-link");
        var block = new HorizontalLayout(avatar, who, changePassword, signOut);
        block.setAlignItems(FlexComponent.Alignment.CENTER);
        block.setSpacing(true);
        block.addClassName("user-block");
        return block;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        pageTitle.setText(shortTitle(title));
    }

    /** Titles read "Patients | HPG Recovery Desk" in the browser tab; the header shows only "Patients". */
    static String shortTitle(String title) {
        return title.endsWith(TITLE_SUFFIX) ? title.substring(0, title.length() - TITLE_SUFFIX.length()) : title;
    }
}

package io.defplorex.ui.view;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;

/** The frame around every view: the product name and a side navigation between the views, then the view. */
public class MainLayout extends HorizontalLayout implements RouterLayout {

    private final Div content = new Div();

    public MainLayout() {
        Span brand = new Span("DefPloreX");
        brand.addClassName("dpx-brand");
        SideNav nav = new SideNav();
        nav.setId("nav");
        nav.addItem(new SideNavItem("Records", RecordsView.class),
                new SideNavItem("Features", FeaturesView.class),
                new SideNavItem("Clusters", ClustersView.class),
                new SideNavItem("Jobs", JobsView.class));
        VerticalLayout side = new VerticalLayout(brand, nav);
        side.addClassName("dpx-side");
        side.setWidth("11em");
        side.setPadding(true);
        content.addClassName("dpx-content");
        content.setSizeFull();
        setSizeFull();
        setSpacing(false);
        add(side, content);
        setFlexGrow(1, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }
}

package fr.passeportnumerique.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentUpgradeEchoTest {

    /** A page with one radio group and its button, the group placed in the page before the server attaches it. */
    private static final String PAGE = """
            <html><head><script initial="">window.Vaadin.TypeScript= {"initial":{"appConfig":{"v-uiId":2,\
            "heartbeatInterval":60,"uidl":{"syncId":0,"clientId":0,"Vaadin-Security-Key":"key",\
            "constants":{"k1":{"}value":false},"k2":{"}checked":false}},"changes":[\
            {"node":1,"type":"put","key":"tag","feat":0,"value":"body"},\
            {"node":1,"type":"splice","feat":24,"index":0,"addNodes":[3]},\
            {"node":3,"type":"attach"},{"node":3,"type":"splice","feat":2,"index":0,"addNodes":[10]},\
            {"node":10,"type":"attach"},{"node":10,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-group"},\
            {"node":10,"type":"put","key":"value-changed","feat":4,"value":"k1"},\
            {"node":10,"type":"splice","feat":2,"index":0,"addNodes":[11]},\
            {"node":11,"type":"attach"},{"node":11,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-button"},\
            {"node":11,"type":"put","key":"value","feat":1,"value":"1"},\
            {"node":11,"type":"put","key":"checked-changed","feat":4,"value":"k2"}]}}}};</script></head></html>
            """;

    @Test
    void new_fields_report_their_synchronised_properties_and_the_values_the_server_left_unset() {
        VaadinPage page = VaadinPage.open(PAGE);

        assertThat(ComponentUpgradeEcho.of(page.tree(), page.attachedByLastAnswer()))
                .extracting(Object::toString)
                .containsExactly(
                        "{\"type\":\"event\",\"node\":11,\"event\":\"checked-changed\",\"data\":{}}",
                        "{\"type\":\"event\",\"node\":10,\"event\":\"value-changed\",\"data\":{}}",
                        "{\"type\":\"mSync\",\"node\":11,\"feature\":1,\"property\":\"checked\",\"value\":false}",
                        "{\"type\":\"mSync\",\"node\":10,\"feature\":1,\"property\":\"value\",\"value\":\"\"}");
    }

    @Test
    void the_first_round_trip_is_numbered_from_the_page_and_carries_its_token() {
        VaadinPage page = VaadinPage.open(PAGE);

        assertThat(page.roundTripPath()).isEqualTo("/?v-r=uidl&v-uiId=2");
        assertThat(page.request(List.of(Rpc.event(1, "x"))))
                .isEqualTo(
                        "{\"csrfToken\":\"key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"x\",\"data\":{}}],"
                                + "\"syncId\":0,\"clientId\":0}");
    }
}

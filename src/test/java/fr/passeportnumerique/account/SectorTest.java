package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectorTest {

    @Test
    void an_activity_code_gives_its_naf_section() {
        assertThat(Sector.ofNafCode("01.11Z")).contains(Sector.A);
        assertThat(Sector.ofNafCode("10.71C")).contains(Sector.C);
        assertThat(Sector.ofNafCode("33.20D")).contains(Sector.C);
        assertThat(Sector.ofNafCode("43.21A")).contains(Sector.F);
        assertThat(Sector.ofNafCode("4711D")).contains(Sector.G);
        assertThat(Sector.ofNafCode("56.10A")).contains(Sector.I);
        assertThat(Sector.ofNafCode("68.20B")).contains(Sector.L);
        assertThat(Sector.ofNafCode("96.02A")).contains(Sector.S);
    }

    @Test
    void sections_the_programme_does_not_serve_and_unreadable_codes_give_nothing() {
        assertThat(Sector.ofNafCode("84.11Z")).isEmpty();
        assertThat(Sector.ofNafCode("97.00Z")).isEmpty();
        assertThat(Sector.ofNafCode("99.00Z")).isEmpty();
        assertThat(Sector.ofNafCode("00.00Z")).isEmpty();
        assertThat(Sector.ofNafCode("[NON-DIFFUSIBLE]")).isEmpty();
        assertThat(Sector.ofNafCode(null)).isEmpty();
    }
}

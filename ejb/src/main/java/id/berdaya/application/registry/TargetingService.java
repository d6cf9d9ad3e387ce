package id.berdaya.application.registry;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.Nik;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.infrastructure.registry.RegistryScreening;
import id.berdaya.infrastructure.registry.TargetingStore;
import id.berdaya.infrastructure.registry.TargetingStore.CandidateRecord;
import id.berdaya.infrastructure.registry.TargetingStore.RunRecord;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Targeting runs: screen every person of a regency in the newest extract of each registry with the
 * WRSE rules in force, as a restartable batch job; then the ranked candidate lists.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TargetingService {

    static final String JOB = "targeting-run";
    public static final int PAGE_SIZE = 50;
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96");

    @Inject
    private TargetingStore runs;

    @Inject
    private RegistryScreening screening;

    @Inject
    private id.berdaya.infrastructure.registry.ChangeReportStore changeReports;

    @Resource
    private SessionContext session;

    /** A run as the API shows it. */
    public record RunView(long id, String regencyCode, LocalDate applicationDate, String status, String ruleSetVersion,
            long peopleTotal, long screened, Long candidates, Long excluded, java.util.Map<String, Long> byCriterion) {
    }

    /** A candidate as lists show her: NIK masked, what is still to check. */
    /** A candidate; {@code rank} is her place in the whole run (1 = highest score), absent in exports. */
    public record CandidateView(String nikMasked, String fullName, String districtCode, String districtName,
            String villageCode, int score, String decision, List<String> toCheck, Integer rank) {
    }

    /** The candidate list's sort keys: rank (the default), name, district, village. */
    public static final Set<String> CANDIDATE_SORT_KEYS = TargetingStore.CANDIDATE_ORDERS.keySet();

    public record CandidatePage(int page, int pageSize, long total, List<CandidateView> items) {
    }

    public RunView start(String regencyCode, LocalDate applicationDate) {
        if (regencyCode == null || !regencyCode.matches("\\d{4}") || !PROVINCES.contains(regencyCode.substring(0, 2))) {
            throw new InvalidInputException("regencyCode", "Not a regency code (4 digits of a province's regency)",
                    "Bukan kode kabupaten/kota (4 angka, dalam provinsi yang ada)");
        }
        LocalDate today = WrseProgramme.today(Instant.now());
        if (applicationDate == null) {
            throw new InvalidInputException("applicationDate", "The application date is required",
                    "Tanggal permohonan wajib diisi");
        }
        if (applicationDate.isAfter(today.plusYears(1)) || applicationDate.isBefore(LocalDate.of(2020, 1, 1))) {
            throw new InvalidInputException("applicationDate", "The application date must lie between 2020-01-01 and a year from today",
                    "Tanggal permohonan harus antara 2020-01-01 dan satu tahun dari hari ini");
        }
        List<TargetingStore.UsedExtract> used = runs.newestExtracts(regencyCode);
        long id = runs.create(regencyCode, applicationDate, screening.ruleSetVersion(), used,
                session.getCallerPrincipal().getName());
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(id));
        runs.setJobExecution(id, BatchRuntime.getJobOperator().start(JOB, parameters));
        return status(id);
    }

    public RunView status(long id) {
        RunRecord r = find(id);
        String status = r.status();
        if (!"COMPLETED".equals(status) && r.jobExecution() != null) {
            status = JobRestarts.apiStatus(BatchRuntime.getJobOperator().getJobExecution(r.jobExecution()).getBatchStatus());
        }
        long screened = r.screened() != null ? r.screened() : runs.screenedSoFar(id);
        return new RunView(r.id(), r.regencyCode(), r.applicationDate(), status, r.ruleSetVersion(), r.peopleTotal(),
                screened, r.candidates(), r.excluded(), r.byCriterion());
    }

    /** What the registries say about the candidate at this rank of a run: to fill an intake form. */
    public id.berdaya.domain.registry.PersonFacts candidateFacts(long runId, int rank) {
        RunRecord run = find(runId);
        String nik = runs.candidateAt(runId, rank).orElseThrow(() -> new NotFoundException("Candidate", runId + "/" + rank));
        return runs.facts(runId, nik, run.applicationDate().getYear()).orElseThrow(() -> new NotFoundException("Candidate", nik));
    }

    /**
     * What a newer run changed against an earlier one of the same regency: per person, ENTERED or
     * LEFT the candidate list (with the criteria now failed, or MOVED), and RESCREEN for every open
     * application whose registry outcome changed (flagged for a supervisor; never revoked here).
     */
    public List<id.berdaya.domain.registry.CandidateChange> changes(long runId, long sinceRunId) {
        RunRecord later = find(runId);
        RunRecord earlier = find(sinceRunId);
        if (!later.regencyCode().equals(earlier.regencyCode())) {
            throw new InvalidInputException("since", "Compare runs of the same regency", "Bandingkan penargetan kabupaten yang sama");
        }
        return changeReports.changes(sinceRunId, runId);
    }

    /** Names for a printed list: the regency's and the district's. */
    public String regionName(String code) {
        return runs.regionName(code);
    }

    public List<RunView> latest(int limit) {
        return runs.latestIds(limit).stream().map(this::status).toList();
    }

    public RunView restart(long id) {
        RunRecord r = find(id);
        if (!"COMPLETED".equals(r.status()) && r.jobExecution() != null) {
            runs.setJobExecution(id, JobRestarts.restart(BatchRuntime.getJobOperator(), r.jobExecution(), "runId", id));
        }
        return status(id);
    }

    public RunView stop(long id) {
        RunRecord r = find(id);
        if (r.jobExecution() != null && "STARTED".equals(status(id).status())) {
            BatchRuntime.getJobOperator().stop(r.jobExecution());
        }
        return status(id);
    }

    public CandidatePage candidates(long runId, String districtCode, int page) {
        return candidates(runId, districtCode, null, null, page);
    }

    /**
     * One page of candidates, found by exact NIK or part of a name ({@link ListSearch}) and sorted by a
     * key of {@link #CANDIDATE_SORT_KEYS} (else a 400 on {@code sort}); each keeps her rank in the run.
     */
    public CandidatePage candidates(long runId, String districtCode, ListSearch search, ListOrder order, int page) {
        find(runId);
        requireDistrict(districtCode);
        if (page < 1) {
            throw new InvalidInputException("page", "Pages count from 1", "Halaman dimulai dari 1");
        }
        ListOrder checked = order == null ? ListOrder.ascending("rank") : ListOrder.parse(order.text(), CANDIDATE_SORT_KEYS, null);
        List<CandidateView> items = new ArrayList<>();
        runs.candidatePage(runId, blankToNull(districtCode), search, checked, (page - 1) * PAGE_SIZE, PAGE_SIZE,
                r -> items.add(view(r.candidate(), r.rank())));
        return new CandidatePage(page, PAGE_SIZE, runs.countCandidates(runId, blankToNull(districtCode), search), items);
    }

    /** Every candidate of the run (or of a district, or of a village), ranked, one at a time. */
    public void eachCandidate(long runId, String districtCode, String villageCode, Consumer<CandidateView> consumer) {
        find(runId);
        requireDistrict(districtCode);
        if (villageCode != null && !villageCode.isBlank() && !villageCode.matches("\\d{10}")) {
            throw new InvalidInputException("villageCode", "A village code has 10 digits", "Kode desa terdiri dari 10 angka");
        }
        runs.candidates(runId, blankToNull(districtCode), blankToNull(villageCode), 0, 0, c -> consumer.accept(view(c)));
    }

    // issue 22: the field app's candidate lists, downloaded before a trip

    /** At most this many candidates per run and district go to the phone (the best ranked). */
    public static final int FIELD_LIST_LIMIT = 200;
    /** The newest completed runs of the regency that go to the phone. */
    public static final int FIELD_LIST_RUNS = 2;

    /**
     * What an intake form needs from the registries: the full NIK and KK number among them, so only a
     * loan officer (who may start an intake from a candidate) is given it.
     */
    public record FieldPrefill(String nik, String kkNumber, String sex, LocalDate birthDate, String maritalStatus,
            String districtCode, String villageCode, boolean mainBreadwinner,
            List<id.berdaya.domain.registry.PersonFacts.Listing> registries, java.util.Set<String> currentAid) {
    }

    /** A candidate on the phone: NIK masked as on the candidates page; {@code prefill} only for a loan officer. */
    public record FieldCandidateView(int rank, String nikMasked, String fullName, String villageCode, String villageName,
            Integer decile, int score, List<String> toCheck, FieldPrefill prefill) {
    }

    public record FieldRunView(long id, LocalDate applicationDate, String ruleSetVersion, List<FieldCandidateView> candidates) {
    }

    public record FieldLists(String districtCode, String districtName, int limit, List<FieldRunView> runs) {
    }

    /**
     * The candidate lists of one district (the caller's own when none is named) from the newest
     * completed runs of its regency, best ranked first, at most {@link #FIELD_LIST_LIMIT} each.
     */
    public FieldLists fieldLists(String districtCode) {
        String district = blankToNull(districtCode);
        if (district == null) {
            district = runs.districtOf(session.getCallerPrincipal().getName()).orElseThrow(() -> new InvalidInputException(
                    "districtCode", "Your account has no district: name the district", "Akun Anda tidak memiliki kecamatan: sebutkan kecamatannya"));
        }
        if (!district.matches("\\d{6}")) {
            throw new InvalidInputException("districtCode", "A district code has 6 digits", "Kode kecamatan terdiri dari 6 angka");
        }
        String name = runs.regionName(district);
        if (name == null || name.equals(district)) {
            throw new NotFoundException("District (districtCode)", district);
        }
        boolean prefill = session.isCallerInRole(Role.Names.LOAN_OFFICER);
        List<FieldRunView> lists = new ArrayList<>();
        for (long id : runs.completedRunIds(district.substring(0, 4), FIELD_LIST_RUNS)) {
            RunRecord run = find(id);
            List<FieldCandidateView> candidates = new ArrayList<>();
            runs.fieldCandidates(id, district, FIELD_LIST_LIMIT, c -> candidates.add(new FieldCandidateView(c.rank(),
                    Nik.of(c.nik()).masked(), c.fullName(), c.villageCode(), c.villageName(), c.decile(), c.score(),
                    c.toCheck() == null || c.toCheck().isEmpty() ? List.of() : Arrays.asList(c.toCheck().split(",")),
                    prefill ? runs.facts(id, c.nik(), run.applicationDate().getYear()).map(f -> new FieldPrefill(f.nik(),
                            f.kkNumber(), f.sex(), f.birthDate(), f.maritalStatus(), f.districtCode(), f.villageCode(),
                            f.headsHerFamily(), f.listings(), f.currentAid())).orElse(null) : null)));
            lists.add(new FieldRunView(id, run.applicationDate(), run.ruleSetVersion(), candidates));
        }
        return new FieldLists(district, name, FIELD_LIST_LIMIT, lists);
    }

    private static void requireDistrict(String districtCode) {
        if (districtCode != null && !districtCode.isBlank() && !districtCode.matches("\\d{6}")) {
            throw new InvalidInputException("districtCode", "A district code has 6 digits", "Kode kecamatan terdiri dari 6 angka");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static CandidateView view(CandidateRecord c) {
        return view(c, null);
    }

    private static CandidateView view(CandidateRecord c, Integer rank) {
        return new CandidateView(Nik.of(c.nik()).masked(), c.fullName(), c.districtCode(), c.districtName(),
                c.villageCode(), c.score(), c.decision(),
                c.toCheck().isEmpty() ? List.of() : Arrays.asList(c.toCheck().split(",")), rank);
    }

    private RunRecord find(long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("Targeting run", id));
    }
}

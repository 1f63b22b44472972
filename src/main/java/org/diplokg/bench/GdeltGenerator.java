package org.diplokg.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.diplokg.gdelt.CameoCountryMap;

/**
 * Writes synthetic GDELT 2.0 event rows (61 tab-separated columns) for benchmarks: the same
 * seed gives the same file. Each claim (relation, two states, a day in 2015–2024) is reported
 * by 1 to 4 articles (mean 1.9), one row each with its own event id and URL on one of 400 news
 * sites; states are drawn with Zipf weights, so a few appear in many claims, as in real news.
 * About one row in five is noise the importer must count and skip (other event codes, regions,
 * the same state on both sides). GDELT keeps no quotes, so neither does this.
 */
public final class GdeltGenerator {
    private static final String[] ACCUSE = {"112", "1121", "1122", "1123", "1124", "1125"};
    private static final String[] NOISE = {"042", "043", "051", "036", "010", "190"};
    private static final String[] REGIONS = {"EUR", "AFR", "MEA", "WST", "ASA"};
    private static final String[] WORDS = {"minister", "talks", "embassy", "border", "sanctions", "envoy",
            "summit", "crisis", "statement", "relations", "accusation", "protest", "ambassador", "treaty"};
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

    private final List<String> states;
    private final double[] cumulative;
    private final SplittableRandom random;
    private long eventId = 1_000_000_000L;

    private final int maxSources;

    /** A generator with up to 4 articles per claim. */
    public GdeltGenerator(CameoCountryMap countries, long seed) {
        this(countries, seed, 4);
    }

    /** @param maxSources cap on the articles per claim (1 to 4; the mean is 1.9 at 4, 1 at 1) */
    public GdeltGenerator(CameoCountryMap countries, long seed, int maxSources) {
        this.maxSources = maxSources;
        this.states = new ArrayList<>(countries.states().keySet().stream().sorted().toList());
        this.random = new SplittableRandom(seed);
        // Shuffle with the seed, then Zipf(1) weights by rank.
        for (int i = states.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = states.get(i);
            states.set(i, states.get(j));
            states.set(j, t);
        }
        cumulative = new double[states.size()];
        double sum = 0;
        for (int i = 0; i < states.size(); i++) cumulative[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
    }

    /** Writes the rows of {@code claims} claims (and their noise rows); returns the number of rows. */
    public long write(long claims, Writer out) throws IOException {
        long rows = 0;
        for (long c = 0; c < claims; c++) {
            String actor = state();
            String target;
            do target = state(); while (target.equals(actor));
            double r = random.nextDouble();
            String code = r < 0.15 ? "161" : r < 0.75 ? ACCUSE[random.nextInt(ACCUSE.length)] : "016";
            LocalDate date = FIRST.plusDays(random.nextInt(3653));
            double s = random.nextDouble();
            int sources = Math.min(maxSources, s < 0.45 ? 1 : s < 0.75 ? 2 : s < 0.90 ? 3 : 4);
            for (int k = 0; k < sources; k++, rows++) out.write(row(code, actor, target, date));
            if (random.nextDouble() < 0.25) {
                rows++;
                double n = random.nextDouble();
                if (n < 0.6) out.write(row(NOISE[random.nextInt(NOISE.length)], actor, target, date));
                else if (n < 0.9) out.write(row(code, REGIONS[random.nextInt(REGIONS.length)], target, date));
                else out.write(row(code, actor, actor, date));
            }
        }
        return rows;
    }

    private String state() {
        double u = random.nextDouble();
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) lo = mid + 1;
            else hi = mid;
        }
        return states.get(lo);
    }

    private String row(String code, String a1, String a2, LocalDate date) {
        long id = eventId++;
        String[] f = new String[61];
        java.util.Arrays.fill(f, "");
        String ymd = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        f[0] = Long.toString(id);
        f[1] = ymd;
        f[2] = ymd.substring(0, 6);
        f[3] = ymd.substring(0, 4);
        f[4] = String.format("%.4f", date.getYear() + (date.getDayOfYear() - 1) / 365.0);
        f[5] = a1 + "GOV";
        f[6] = a1;
        f[7] = a1;
        f[12] = "GOV";
        f[15] = a2 + "GOV";
        f[16] = a2;
        f[17] = a2;
        f[22] = "GOV";
        f[25] = "1";
        f[26] = code;
        f[27] = code.length() == 4 ? code.substring(0, 3) : code;
        f[28] = code.substring(0, 2);
        f[29] = code.startsWith("0") ? "1" : "4";
        f[30] = code.equals("161") ? "-4.0" : "-2.0";
        int sources = 1 + random.nextInt(5);
        int articles = sources + random.nextInt(10);
        f[31] = Integer.toString(articles);
        f[32] = Integer.toString(sources);
        f[33] = Integer.toString(articles);
        f[34] = String.format("%.2f", -10 * random.nextDouble());
        f[59] = ymd + "120000";
        f[60] = "https://news" + random.nextInt(400) + ".example.org/" + ymd.substring(0, 4) + "/" + ymd.substring(4, 6)
                + "/" + WORDS[random.nextInt(WORDS.length)] + "-" + WORDS[random.nextInt(WORDS.length)] + "-" + id + ".html";
        return String.join("\t", f) + "\n";
    }
}

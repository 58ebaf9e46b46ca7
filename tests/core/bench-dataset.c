/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "bench-dataset.h"

static const char *words[] = {
  "party", "registration", "parliament", "senate", "court", "akim", "election", "region",
  "district", "law", "decree", "referendum", "council", "budget", "reform", "commission",
  "constitution", "mandate", "deputy", "ombudsman", "justice", "media", "local", "public",
};

static void
append_words (GString *out,
              GRand   *rand,
              guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
}

static void
append_sources (GString *out,
                GRand   *rand,
                guint    n)
{
  g_string_append (out, "\"sources\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s\"source-%d\"", i ? ", " : "", g_rand_int_range (rand, 0, N_SOURCES));
  g_string_append (out, "]");
}

/* A dataset the size a whole country's programme might reach, with
 * fields as long as the bundled ones. */
GBytes *
bench_generate_dataset (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2022);
  GString *out = g_string_sized_new (32 * 1024 * 1024);

  g_string_append (out, "{\"format\": 1, \"as_of\": \"2024-06\",\n"
                        "\"programme\": {\"id\": \"programme\", \"title\": \"A programme\", "
                        "\"date\": \"2022-03-16\", \"speaker\": \"The President\", "
                        "\"occasion\": \"Address\", \"quotation\": \"A quotation.\", "
                        "\"summary\": \"A summary.\", \"sources\": [\"source-0\"]},\n\"sources\": [\n");
  for (guint i = 0; i < N_SOURCES; i++)
    g_string_append_printf (out, "%s{\"id\": \"source-%u\", \"title\": \"Закон о партиях %u\", "
                            "\"publisher\": \"Kazinform\", \"date\": \"2022-11-05\", "
                            "\"url\": \"https://www.inform.kz/ru/news/%u\"}",
                            i ? ",\n" : "", i, i, i);

  g_string_append (out, "],\n\"categories\": [");
  for (guint i = 0; i < 10; i++)
    g_string_append_printf (out, "%s{\"id\": \"category-%u\", \"title\": \"Category %u\", "
                            "\"summary\": \"What the category is about.\"}", i ? ", " : "", i, i);

  g_string_append (out, "],\n\"regions\": [\n");
  for (guint i = 0; i < N_REGIONS; i++)
    {
      g_string_append_printf (out, "%s{\"id\": \"KZ-%03X\", \"aliases\": [\"KZ-%03X\"], "
                              "\"kind\": \"region\", \"name\": \"Region %u\", "
                              "\"official_names\": {\"kk\": \"%u облысы\", \"ru\": \"область %u\"}, "
                              "\"variants\": {\"en\": [\"Oblast %u\"], \"kk\": [], \"ru\": [\"%u-я область\"]}, "
                              "\"centre\": {\"name\": \"Town %u\", \"official_names\": {\"kk\": \"Қала %u\", "
                              "\"ru\": \"Город %u\"}, \"lat\": 48.5, \"lon\": 67.25}, "
                              "\"existed\": {\"from\": null, \"until\": null}, \"divisions\": [\"2018\", \"2022\"], ",
                              i ? ",\n" : "", i, i + 0x800, i, i, i, i, i, i, i, i);
      g_string_append (out, "\"area\": {\"value\": 185500, \"as_of\": \"2022-06-08\", \"evidence\": \"verified\", ");
      append_sources (out, rand, 1);
      g_string_append (out, "}, \"population\": {\"value\": 607000, \"as_of\": \"2023\", \"evidence\": \"partial\", "
                            "\"note\": \"Estimate at the start of the year.\", ");
      append_sources (out, rand, 1);
      g_string_append (out, "}, ");
      append_sources (out, rand, 2);
      g_string_append (out, "}");
    }

  g_string_append (out, "],\n\"reforms\": [\n");
  for (guint i = 0; i < N_REFORMS; i++)
    {
      g_string_append_printf (out, "%s{\"id\": \"reform-%u\", \"category\": \"category-%u\", \"title\": \"",
                              i ? ",\n" : "", i, i % 10);
      append_words (out, rand, 6);
      g_string_append (out, "\", \"summary\": \"");
      append_words (out, rand, 22);
      g_string_append (out, "\", \"explanation\": \"");
      append_words (out, rand, 75);
      g_string_append (out, "\", \"rationale\": \"");
      append_words (out, rand, 25);
      g_string_append (out, "\", \"status\": {\"value\": \"in-force\", \"as_of\": \"2024-05\", "
                            "\"note\": \"Replaced in part by a later law.\", \"evidence\": \"partial\", ");
      append_sources (out, rand, 2);
      g_string_append (out, "}, \"milestones\": [");
      for (guint m = 0; m < 5; m++)
        {
          g_string_append_printf (out, "%s{\"date\": \"%u-%02u-%02u\", \"kind\": \"adopted\", \"title\": \"",
                                  m ? ", " : "", 2022 + m, 1 + m * 2, 10 + m);
          append_words (out, rand, 14);
          g_string_append (out, "\", \"evidence\": \"verified\", ");
          append_sources (out, rand, 2);
          g_string_append (out, "}");
        }
      g_string_append (out, "], \"figures\": [");
      for (guint f = 0; f < 2; f++)
        {
          g_string_append_printf (out, "%s{\"label\": \"Members needed to register a party\", "
                                  "\"before\": 20000, \"after\": 5000, \"unit\": \"members\", "
                                  "\"evidence\": \"verified\", ", f ? ", " : "");
          append_sources (out, rand, 1);
          g_string_append (out, "}");
        }
      g_string_append_printf (out, "], \"regions\": [\"KZ-%03X\", \"KZ-%03X\"], ",
                              (i * 2) % N_REGIONS, (i * 2 + 1) % N_REGIONS);
      append_sources (out, rand, 3);
      g_string_append (out, "}");
    }
  g_string_append (out, "]}\n");

  return g_string_free_to_bytes (out);
}

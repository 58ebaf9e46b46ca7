/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define N_REFORMS 10000
#define N_REGIONS 2000
#define N_SOURCES 5000

/* A dataset the size a whole country's programme might reach, with
 * fields as long as the bundled ones: N_REFORMS reforms, N_REGIONS
 * regions and N_SOURCES sources, the same every time. */
GBytes *bench_generate_dataset (void);

G_END_DECLS

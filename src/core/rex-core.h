/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "rex-catalogue.h"
#include "rex-category.h"
#include "rex-centre.h"
#include "rex-date.h"
#include "rex-enums.h"
#include "rex-figure.h"
#include "rex-measure.h"
#include "rex-milestone.h"
#include "rex-programme.h"
#include "rex-reform.h"
#include "rex-region.h"
#include "rex-search.h"
#include "rex-source.h"
#include "rex-text.h"
